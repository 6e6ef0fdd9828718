package dev.atelier.bench.gen;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts small generated models by enumerating every assignment, reading the text directly. */
final class BruteForce {

  private BruteForce() {}

  static BigInteger cnf(String dimacs) {
    List<int[]> clauses = new ArrayList<>();
    int vars = 0;
    for (String line : dimacs.split("\n")) {
      if (line.startsWith("p cnf")) {
        vars = Integer.parseInt(line.split(" ")[2]);
      } else if (!line.startsWith("c") && !line.isBlank()) {
        String[] parts = line.trim().split(" +");
        int[] clause = new int[parts.length - 1];
        for (int i = 0; i < clause.length; i++) {
          clause[i] = Integer.parseInt(parts[i]);
        }
        clauses.add(clause);
      }
    }
    long count = 0;
    for (long bits = 0; bits < 1L << vars; bits++) {
      boolean all = true;
      for (int[] clause : clauses) {
        boolean sat = false;
        for (int lit : clause) {
          boolean value = (bits >> (Math.abs(lit) - 1) & 1) == 1;
          if (value == lit > 0) {
            sat = true;
            break;
          }
        }
        if (!sat) {
          all = false;
          break;
        }
      }
      if (all) {
        count++;
      }
    }
    return BigInteger.valueOf(count);
  }

  static BigInteger tables(String xcsp) {
    List<Integer> domains = new ArrayList<>();
    Matcher d = Pattern.compile("<domain name=\"D\\d+\" nbValues=\"(\\d+)\"").matcher(xcsp);
    while (d.find()) {
      domains.add(Integer.parseInt(d.group(1)));
    }
    List<int[][]> tables = new ArrayList<>();
    List<int[]> scopes = new ArrayList<>();
    Matcher r = Pattern.compile("semantics=\"supports\">([^<]*)</relation>").matcher(xcsp);
    while (r.find()) {
      String[] tuples = r.group(1).split("\\|");
      int[][] t = new int[tuples.length][];
      for (int i = 0; i < tuples.length; i++) {
        t[i] =
            Pattern.compile(" +")
                .splitAsStream(tuples[i].trim())
                .mapToInt(Integer::parseInt)
                .toArray();
      }
      tables.add(t);
    }
    Matcher s = Pattern.compile("scope=\"([^\"]+)\"").matcher(xcsp);
    while (s.find()) {
      scopes.add(
          Pattern.compile(" ")
              .splitAsStream(s.group(1))
              .mapToInt(x -> Integer.parseInt(x.substring(1)))
              .toArray());
    }
    int n = domains.size();
    int[] values = new int[n];
    long count = 0;
    while (true) {
      if (allowed(values, tables, scopes)) {
        count++;
      }
      int i = 0;
      while (i < n && ++values[i] == domains.get(i)) {
        values[i++] = 0;
      }
      if (i == n) {
        return BigInteger.valueOf(count);
      }
    }
  }

  private static boolean allowed(int[] values, List<int[][]> tables, List<int[]> scopes) {
    for (int c = 0; c < tables.size(); c++) {
      int[] scope = scopes.get(c);
      boolean found = false;
      for (int[] tuple : tables.get(c)) {
        boolean match = true;
        for (int i = 0; i < scope.length && match; i++) {
          match = tuple[i] == values[scope[i]];
        }
        if (match) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decides a random value of a random undecided attribute that still offers a choice in {@code
   * domains}; false when there is none.
   */
  static boolean decideRandomFree(
      ConfigurationSession session, ValidDomains domains, Random random, Deadline deadline) {
    List<AttributeDomain> free =
        domains.domains().values().stream()
            .filter(d -> d.decided().isEmpty() && d.offered().size() > 1)
            .toList();
    if (free.isEmpty()) {
      return false;
    }
    AttributeDomain pick = free.get(random.nextInt(free.size()));
    String value = pick.offered().get(random.nextInt(pick.offered().size()));
    session.decide(pick.attribute(), value, deadline).orThrow();
    return true;
  }
}
