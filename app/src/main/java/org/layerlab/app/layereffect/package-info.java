/**
 * What a Dropout, noise or normalization layer does to a small batch, as in Figure 5.20 of the
 * lecture notes: the input matrix, the mask or noise, and the output, with the numbers printed.
 */
package org.layerlab.app.layereffect;
