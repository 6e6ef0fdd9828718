package dev.atelier.bench.gen;

import java.util.List;
import java.util.function.Function;

/** Writes XCSP 2.1 instances with extensional "supports" tables, the subset the reader takes. */
final class Xcsp {

  private Xcsp() {}

  static String write(int[] domain, List<int[]> scopes, Function<int[], List<int[]>> tuples) {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<instance>\n<presentation format=\"XCSP 2.1\" type=\"CSP\" name=\"generated\"/>\n");
    out.append("<domains nbDomains=\"").append(domain.length).append("\">\n");
    for (int v = 0; v < domain.length; v++) {
      out.append("<domain name=\"D").append(v).append("\" nbValues=\"").append(domain[v]);
      out.append("\">0..").append(domain[v] - 1).append("</domain>\n");
    }
    out.append("</domains>\n<variables nbVariables=\"").append(domain.length).append("\">\n");
    for (int v = 0; v < domain.length; v++) {
      out.append("<variable name=\"v").append(v).append("\" domain=\"D").append(v).append("\"/>\n");
    }
    out.append("</variables>\n<relations nbRelations=\"").append(scopes.size()).append("\">\n");
    StringBuilder constraints = new StringBuilder();
    for (int c = 0; c < scopes.size(); c++) {
      int[] scope = scopes.get(c);
      List<int[]> allowed = tuples.apply(scope);
      out.append("<relation name=\"R").append(c).append("\" arity=\"").append(scope.length);
      out.append("\" nbTuples=\"").append(allowed.size()).append("\" semantics=\"supports\">");
      for (int t = 0; t < allowed.size(); t++) {
        if (t > 0) {
          out.append('|');
        }
        for (int x : allowed.get(t)) {
          out.append(x).append(' ');
        }
      }
      out.append("</relation>\n");
      constraints.append("<constraint name=\"C").append(c).append("\" arity=\"");
      constraints.append(scope.length).append("\" reference=\"R").append(c).append("\" scope=\"");
      for (int i = 0; i < scope.length; i++) {
        constraints.append(i > 0 ? " v" : "v").append(scope[i]);
      }
      constraints.append("\"/>\n");
    }
    out.append("</relations>\n<constraints nbConstraints=\"").append(scopes.size()).append("\">\n");
    out.append(constraints).append("</constraints>\n</instance>\n");
    return out.toString();
  }
}
