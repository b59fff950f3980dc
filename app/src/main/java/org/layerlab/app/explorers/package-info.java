/** Explorers that need no training: activation functions, learning-rate schedules, bias/variance diagnosis. */
package org.layerlab.app.explorers;
