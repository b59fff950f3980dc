/**
 * Lessons: a project (or variants of it, a sweep, validation methods) with the explanation, the
 * question for the class, what to look at, and automated checks of the effect it teaches. Lessons are
 * JSON files in {@code sample-data/lessons/}; {@link org.layerlab.engine.teach.lesson.Lessons} loads
 * them, {@link org.layerlab.engine.teach.lesson.LessonRunner} trains them headless and runs the checks.
 */
package org.layerlab.engine.teach.lesson;
