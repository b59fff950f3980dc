/** The lesson browser (the lecture notes' lessons, their checks) and the Teach menu that opens every teaching window. */
package org.layerlab.app.lessons;
