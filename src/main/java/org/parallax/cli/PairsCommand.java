package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.compare.ClaimComparator;
import org.parallax.compare.Comparison;
import org.parallax.model.Relation;
import org.parallax.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = {"Compare statements two by two with the same comparator as 'compare'.",
            "Input: a UTF-8 TSV file (or - for standard input), one pair a line: id <TAB> statement A <TAB> statement B.",
            "Output: JSON Lines, one object per pair in input order: id, relation, kind, score, explanation."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line compared",
            "1:output written, but some lines were malformed (named on standard error with their line number)",
            "2:the input could not be read, or bad usage"})
final class PairsCommand implements Callable<Integer> {
    /** Pairs embedded per batch: large enough to keep the model busy, small enough to bound memory. */
    private static final int BATCH = 512;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAIRS.tsv", description = "The pair file, or - for standard input.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON Lines here (default: standard output).")
    Path out;

    @Option(names = "--features", description = "Also write the similarity features behind each verdict (for tuning).")
    boolean features;

    private record Pair(String id, String a, String b) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Pair> pairs = new ArrayList<>();
        int malformed = 0;
        try (BufferedReader r = open()) {
            int lineNumber = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols[0].strip().equals("id") && pairs.isEmpty() && malformed == 0) {
                    continue;
                }
                if (cols.length < 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                    err.println("parallax: " + input + ": line " + lineNumber
                            + ": skipped, expected 3 tab-separated columns (id, statement A, statement B), found "
                            + (cols.length < 3 ? cols.length + " column" + (cols.length == 1 ? "" : "s") : "an empty column"));
                    malformed++;
                    continue;
                }
                pairs.add(new Pair(cols[0].strip(), cols[1].strip(), cols[2].strip()));
            }
        } catch (NoSuchFileException e) {
            err.println("parallax: " + input + ": no such file");
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("parallax: " + input + ": cannot read: " + e.getMessage());
            err.flush();
            return 2;
        }
        ClaimComparator comparator = new ClaimComparator();
        if (out != null) {
            AtomicFiles.write(out, stream -> write(pairs, comparator, stream));
        } else {
            write(pairs, comparator, System.out);
        }
        err.flush();
        return malformed == 0 ? 0 : 1;
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }

    private void write(List<Pair> pairs, ClaimComparator comparator, OutputStream stream) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        for (int from = 0; from < pairs.size(); from += BATCH) {
            List<Pair> batch = pairs.subList(from, Math.min(pairs.size(), from + BATCH));
            List<Comparison> verdicts = comparator.compareAll(batch.stream().map(p -> new String[] {p.a(), p.b()}).toList());
            for (int i = 0; i < batch.size(); i++) {
                Comparison c = verdicts.get(i);
                ObjectNode o = json.createObjectNode();
                o.put("id", batch.get(i).id());
                o.put("relation", c.relation().name());
                // The pairs format gives a kind to DIVERGE and CONTRADICT only.
                boolean marked = c.relation() == Relation.DIVERGE || c.relation() == Relation.CONTRADICT;
                o.put("kind", c.kind() == null || !marked ? null : c.kind().name());
                o.put("score", Math.round(c.score() * 1000) / 1000.0);
                o.put("explanation", c.explanation());
                if (features) {
                    ObjectNode f = o.putObject("features");
                    f.put("similarity", c.similarity());
                    for (Map.Entry<String, Double> e : c.features().entrySet()) {
                        f.put(e.getKey(), e.getValue());
                    }
                }
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
            w.flush();
        }
    }
}
