/**
 * Loss and accuracy over epochs: train and validation curves, the best validation epoch, the
 * early-stopping patience window and the shaded train/validation gap that signals overfitting.
 */
package org.layerlab.app.charts;
