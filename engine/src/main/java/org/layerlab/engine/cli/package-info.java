/**
 * The headless command line ({@code layerlab train | datasets | info | bench}), built with picocli on
 * the same engine the studio uses: bad arguments and files end in one clear line on stderr and a
 * non-zero exit code (2 for usage, 1 for everything else), never a stack trace.
 */
package org.layerlab.engine.cli;
