/**
 * Small editors shared by the inspector, dataset and training panels: number fields that refuse
 * out-of-range values in place and show the allowed range, and the grid that lays out a form.
 */
package org.layerlab.app.widgets;
