import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

/**
 * Time from launch to the window, to the first columns and to the full view: opens the window as
 * {@code parallax open DIR} does and prints the seconds from the JVM's start until the columns show
 * the texts, then until the findings bar shows the analysed story's summary ("N sources · M shared
 * facts · ..."), then exits. Runs without a display on Monocle (a test dependency), software rendering.
 * Compiled first: run as a source file, the compiler's second or so in the same JVM would count as
 * start-up time.
 *
 * <pre>
 * M=~/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar
 * javac -d /tmp/wst -cp "target/parallax.jar:target/lib/*:$M" src/eval/WindowStartTime.java
 * rm -rf /tmp/pc /tmp/ph && java -Xmx3g -Dparallax.cache.dir=/tmp/pc -Dparallax.home=/tmp/ph \
 *   -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
 *   -cp "/tmp/wst:target/parallax.jar:target/lib/*:$M" WindowStartTime sample-corpus/macron-china
 * </pre>
 */
public class WindowStartTime {
    public static void main(String[] args) {
        Thread poll = new Thread(() -> {
            AtomicBoolean window = new AtomicBoolean();
            AtomicBoolean columns = new AtomicBoolean();
            AtomicBoolean full = new AtomicBoolean();
            boolean columnsPrinted = false;
            boolean windowPrinted = false;
            while (true) {
                try {
                    Thread.sleep(20);
                    Platform.runLater(() -> Window.getWindows().forEach(w -> {
                        if (w.getScene() != null && w.isShowing()) {
                            window.set(true);
                            Parent root = w.getScene().getRoot();
                            columns.compareAndSet(false, !root.lookupAll(".article-text").isEmpty());
                            full.compareAndSet(false, showsSummary(root));
                        }
                    }));
                } catch (InterruptedException e) {
                    return;
                } catch (IllegalStateException toolkitNotUpYet) {
                    continue;
                }
                if (window.get() && !windowPrinted) {
                    System.out.printf("window after %.2f s from JVM start%n", uptime());
                    windowPrinted = true;
                }
                if (columns.get() && !columnsPrinted) {
                    System.out.printf("first columns after %.2f s from JVM start%n", uptime());
                    columnsPrinted = true;
                }
                if (full.get()) {
                    System.out.printf("full view after %.2f s from JVM start%n", uptime());
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }, "full-view-poll");
        poll.setDaemon(true);
        poll.start();
        org.parallax.Main.main(new String[] {"open", args[0]});
    }

    private static double uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    /** The findings bar's summary of an analysed story ("5 sources · 3 shared facts · ..."). */
    private static boolean showsSummary(Node n) {
        if (n instanceof Labeled l && l.getText() != null && l.getText().contains(" shared fact")) {
            return true;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (showsSummary(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
