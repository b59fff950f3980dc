/**
 * The Validation window: holdout, K-fold and iterated K-fold of the studio's project, with per-fold
 * curves and the mean ± std.
 */
package org.layerlab.app.validation;
