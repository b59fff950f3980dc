package org.layerlab.engine.cli;

import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.teach.RunContext;
import org.layerlab.engine.teach.lesson.CheckOutcome;
import org.layerlab.engine.teach.lesson.Lesson;
import org.layerlab.engine.teach.lesson.LessonFileException;
import org.layerlab.engine.teach.lesson.LessonOutcome;
import org.layerlab.engine.teach.lesson.LessonProblems;
import org.layerlab.engine.teach.lesson.LessonRunner;
import org.layerlab.engine.teach.lesson.Lessons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code layerlab lesson}: lists the lessons, or shows one, trains it and (with --check) checks its effect. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "List the lessons, or run one (by id or file) and, with --check, verify the effect it teaches.")
final class LessonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<id|file>",
            description = "a lesson id (see the list without arguments) or a lesson file")
    private String lesson;

    @Option(names = "--check", description = "run the lesson's checks; exit 1 when one fails")
    private boolean check;

    @Option(names = {"-q", "--quiet"}, description = "print only the checks (or the result table)")
    private boolean quiet;

    @Override
    public Integer call() throws DataException {
        PrintWriter out = spec.commandLine().getOut();
        if (lesson == null) {
            list(out);
            return CommandLine.ExitCode.OK;
        }
        Lesson l = read();
        List<String> problems = LessonProblems.of(l);
        if (!problems.isEmpty()) {
            throw new CliException("lesson '" + l.id() + "' cannot run:\n  " + String.join("\n  ", problems));
        }
        if (!quiet) {
            describe(out, l);
        }
        LessonOutcome outcome;
        try {
            outcome = LessonRunner.run(l, RunContext.headless().withListener(RunTable.progress(out, quiet)));
        } catch (InvalidProjectException e) {
            throw new CliException(e.getMessage(), e);
        }
        int marked = outcome.sweep() == null ? -1 : outcome.sweep().bestIndex();
        RunTable.print(out, outcome.runs(), marked);
        if (!check) {
            return CommandLine.ExitCode.OK;
        }
        List<CheckOutcome> results = LessonRunner.check(outcome);
        results.forEach(r -> out.println(r));
        out.flush();
        long failed = results.stream().filter(r -> !r.passed()).count();
        if (failed > 0) {
            throw new CliException(failed + " of " + results.size() + " checks of lesson '" + l.id() + "' failed");
        }
        out.println("All " + results.size() + " checks of lesson '" + l.id() + "' passed.");
        return CommandLine.ExitCode.OK;
    }

    private Lesson read() {
        try {
            return Lessons.find(lesson);
        } catch (LessonFileException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static void list(PrintWriter out) {
        List<Lesson> all;
        try {
            all = Lessons.all();
        } catch (LessonFileException e) {
            throw new CliException(e.getMessage(), e);
        }
        int width = all.stream().mapToInt(l -> l.id().length()).max().orElse(10);
        for (Lesson l : all) {
            out.printf("%-" + width + "s  %s%n", l.id(), l.title());
        }
        out.flush();
    }

    private static void describe(PrintWriter out, Lesson l) {
        out.println(l.title() + (l.term().isEmpty() ? "" : " [" + l.term() + "]"));
        out.println();
        out.println(l.explanation());
        out.println();
        out.println("Ask the class: " + l.question());
        out.println("Look at: " + l.lookAt());
        out.println();
        out.flush();
    }
}
