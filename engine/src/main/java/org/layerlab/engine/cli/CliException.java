package org.layerlab.engine.cli;

/** A failure the user can act on: its message is printed as the one line of the error, after "layerlab: ". */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
