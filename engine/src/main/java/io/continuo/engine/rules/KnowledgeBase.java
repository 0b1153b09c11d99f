package io.continuo.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The compiled rules: built once, shared by every analysis on every thread (a Drools KieBase is
 * thread-safe; each analysis opens its own session on it).
 */
public final class KnowledgeBase {

    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;
    private final List<RuleFile> files;

    private KnowledgeBase(KieBase kieBase, List<RuleFile> files) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
    }

    /**
     * Compiles rule files with the classic Drools builder.
     *
     * @throws RuleCompilationException listing every error with file, line and column
     */
    public static KnowledgeBase compile(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("rules", 0, 0, "no rule files found")));
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId release = services.newReleaseId("io.continuo.rules", "compiled-" + BUILDS.incrementAndGet(), "1");
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(release);
        for (RuleFile file : files) {
            fileSystem.write(RESOURCE_ROOT + file.relativePath(), file.content());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Map<String, RuleFile> byPath = files.stream()
                    .collect(Collectors.toMap(RuleFile::relativePath, Function.identity()));
            List<RuleProblem> problems = new ArrayList<>();
            for (Message error : errors) {
                problems.add(problemOf(error, byPath, files));
            }
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = services.newKieContainer(release).getKieBase();
        services.getRepository().removeKieModule(release);
        return new KnowledgeBase(kieBase, files);
    }

    private static RuleProblem problemOf(Message error, Map<String, RuleFile> byPath, List<RuleFile> files) {
        // Drools names the file with or without the resource root, depending on the kind of error.
        String path = error.getPath() == null ? null : error.getPath().replace(RESOURCE_ROOT, "");
        RuleFile file = path == null ? null : byPath.get(path);
        String shown = file != null ? file.shownAs()
                : path != null ? path
                : files.size() == 1 ? files.get(0).shownAs() : "rules";
        String text = error.getText() == null ? "error" : error.getText().replaceAll("\\s+", " ").strip();
        return new RuleProblem(shown, Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0), text);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The files it was compiled from. */
    public List<RuleFile> files() {
        return files;
    }
}
