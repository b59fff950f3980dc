package org.layerlab.engine.export;

import java.io.IOException;

/** A project or model file that cannot be read: the message names the file and the reason. */
public class ProjectFileException extends IOException {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
