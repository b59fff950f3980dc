/** A look at the live views with synthetic data, for screenshots under Xvfb; not a test and not shipped. */
package org.layerlab.app.demo;
