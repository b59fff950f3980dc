package org.layerlab.engine.teach.lesson;

/** A lesson file that cannot be read: the message names the file and what is wrong with it. */
public class LessonFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public LessonFileException(String message) {
        super(message);
    }

    public LessonFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
