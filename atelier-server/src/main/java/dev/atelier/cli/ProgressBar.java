package dev.atelier.cli;

import dev.atelier.formats.check.ProgressListener;
import java.io.PrintWriter;

/**
 * Draws a one-line progress bar on standard error when it is a terminal; silent otherwise, so that
 * logs and pipes stay clean. Not thread-safe.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private String lastLine = "";

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A bar that draws only when the JVM has a console. */
  static ProgressBar forConsole(PrintWriter err) {
    return new ProgressBar(err, System.console() != null);
  }

  @Override
  public void progress(String step, int done, int total) {
    if (!terminal || total <= 0) {
      return;
    }
    int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
    String line =
        String.format(
            "%-12s [%s%s] %d/%d",
            step, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
    if (!line.equals(lastLine)) {
      err.print("\r" + line);
      err.flush();
      lastLine = line;
    }
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (!lastLine.isEmpty()) {
      err.println();
      err.flush();
      lastLine = "";
    }
  }
}
