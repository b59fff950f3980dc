/** Compare runs: variants of a project trained side by side, and the run feed and job the teaching windows share. */
package org.layerlab.app.compare;
