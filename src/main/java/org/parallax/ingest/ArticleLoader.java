package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;

/**
 * Reads articles from files and folders. Every input that cannot be used becomes an
 * {@link InputProblem} naming the file and the reason; the rest of the batch goes on.
 */
public final class ArticleLoader {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf");

    private final IngestLimits limits;
    private final Cleaner cleaner;

    public ArticleLoader(IngestLimits limits, Cleaner cleaner) {
        this.limits = limits;
        this.cleaner = cleaner;
    }

    public ArticleLoader() {
        this(IngestLimits.DEFAULT, Cleaner.standard());
    }

    public IngestResult load(List<Path> inputs, boolean recursive, ProgressListener progress) {
        List<InputProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            collect(input, recursive, files, problems);
        }
        if (files.size() > limits.maxFiles()) {
            problems.add(new InputProblem(String.valueOf(inputs.get(0)), "too many files (" + files.size()
                    + "); only the first " + limits.maxFiles() + " are read"));
            files = files.subList(0, limits.maxFiles());
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.progress((double) i / files.size(), "Reading " + file.getFileName());
            try {
                Article article = readFile(file);
                articles.add(cleaner.clean(article.withId("a" + (articles.size() + 1))));
            } catch (UnreadableInputException e) {
                problems.add(new InputProblem(file.toString(), e.getMessage()));
            }
        }
        progress.progress(1.0, "Read " + articles.size() + " articles");
        return new IngestResult(articles, problems);
    }

    /** Reads one file without cleaning it; the manifest of its folder, if any, is applied. */
    public Article readFile(Path file) throws UnreadableInputException {
        String name = file.toString();
        byte[] bytes = readBytes(file);
        String ext = extension(file);
        Article article = switch (ext) {
            case "html", "htm" -> HtmlReader.read(name, bytes);
            case "pdf" -> PdfReader.read(name, bytes);
            case "txt", "md", "markdown" -> {
                TextDecoder.Decoded d = TextDecoder.decode(bytes);
                yield Article.read(name, ext.equals("txt") ? "txt" : "md", d.text())
                        .withNotes(d.note() == null ? List.of() : List.of(d.note()));
            }
            default -> throw new UnreadableInputException("unsupported file type ." + ext
                    + " (Parallax reads " + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
        };
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? article : CorpusManifest.readFolder(folder).apply(article);
    }

    private byte[] readBytes(Path file) throws UnreadableInputException {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UnreadableInputException(String.format(Locale.ROOT,
                        "file is %.1f MB, over the %.0f MB limit for one article (raise it with --max-file-mb)",
                        size / 1048576.0, limits.maxFileBytes() / 1048576.0));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException("permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void collect(Path input, boolean recursive, List<Path> files, List<InputProblem> problems) {
        if (!Files.exists(input)) {
            problems.add(new InputProblem(input.toString(), "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(input)) {
            files.add(input);
            return;
        }
        if (!Files.isReadable(input)) {
            problems.add(new InputProblem(input.toString(), "folder cannot be read (permission denied)"));
            return;
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), recursive ? Integer.MAX_VALUE : 1,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory() && isArticleFile(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? "folder link loops back to a parent folder; skipped"
                                    : e instanceof AccessDeniedException ? "permission denied" : "cannot be read (" + e.getMessage() + ")";
                            problems.add(new InputProblem(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new InputProblem(input.toString(), "folder cannot be read (" + e.getMessage() + ")"));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals(CorpusManifest.FILE_NAME) && EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
