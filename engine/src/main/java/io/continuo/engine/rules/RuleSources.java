package io.continuo.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds rule files: the shipped ones on the classpath, or a folder a musicologist points at. */
public final class RuleSources {

    /** Where the rules module puts the shipped rule tree in its jar. */
    public static final String SHIPPED_LOCATION = "continuo/rules";

    private RuleSources() {
    }

    /** The rules shipped with Continuo, named as they lie in the repository's {@code rules/} folder. */
    public static List<RuleFile> shipped() {
        URL url = RuleSources.class.getClassLoader().getResource(SHIPPED_LOCATION);
        if (url == null) {
            throw new IllegalStateException("the shipped rules are not on the classpath (" + SHIPPED_LOCATION + ")");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    return collect(FileSystems.getFileSystem(uri).getPath(SHIPPED_LOCATION), "rules/");
                } catch (FileSystemNotFoundException e) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return collect(jar.getPath(SHIPPED_LOCATION), "rules/");
                    }
                }
            }
            return collect(Path.of(uri), "rules/");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped rules at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every rule file under a folder, in a stable order.
     *
     * @throws UncheckedIOException naming the folder when it cannot be read
     */
    public static List<RuleFile> directory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NoSuchFileException(folder.toString(), null, "not a folder of rules"));
        }
        try {
            String shownRoot = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
            return collect(folder, shownRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleFile> collect(Path root, String shownRoot) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (RuleFile.isRuleFile(relative)) {
                    files.add(new RuleFile(relative, shownRoot + relative, Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }
}
