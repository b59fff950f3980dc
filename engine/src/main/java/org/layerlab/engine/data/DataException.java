package org.layerlab.engine.data;

/**
 * Data that cannot be generated, loaded or split as asked; the message names the file, line, column or
 * setting and the value found, ready to show to the user as it is.
 */
public class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
