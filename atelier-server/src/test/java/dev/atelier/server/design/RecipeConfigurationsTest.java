package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.formats.demo.Demos;
import dev.atelier.server.testing.BrowserFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every demo's 3D recipe over configurations the engine reaches, built headless (three.js scene
 * graph only, no WebGL, no drawing: js/three/kit.js buildHeadless): for every value the first
 * answer offers of every attribute the recipe shows, a walk that decides it first and then random
 * offered values until nothing is open; plus random walks and the empty design. Each builds within
 * the 30k-triangle budget with every node the recipe promises. Slow: hundreds of decisions through
 * the API.
 */
@Tag("slow")
class RecipeConfigurationsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  static final int RANDOM_WALKS = 6;

  @Test
  void everyRecipeBuildsEveryReachedConfigurationWithinTheBudget() {
    Page page = browser.page();
    page.setDefaultTimeout(120_000);
    // The shop's front page has the import map that resolves "three".
    page.navigate(browser.url("/"));
    for (String product : Demos.NAMES) {
      List<?> samples =
          (List<?>)
              page.evaluate(
                  WALKS,
                  Map.of("product", product, "walks", RANDOM_WALKS, "seed", 11 + product.length()));
      assertThat(samples).as(product).hasSizeGreaterThan(RANDOM_WALKS + 1);
      long complete = 0;
      for (Object s : samples) {
        Map<?, ?> sample = (Map<?, ?>) s;
        assertThat((List<?>) sample.get("missing")).as(product + " " + sample).isEmpty();
        assertThat((List<?>) sample.get("nodes")).as(product + " " + sample).isNotEmpty();
        assertThat(((Number) sample.get("triangles")).intValue())
            .as(product + " " + sample)
            .isPositive()
            .isLessThanOrEqualTo(30_000);
        if (Boolean.TRUE.equals(sample.get("complete"))) {
          complete++;
        }
      }
      assertThat(complete).as(product + " walks to the end").isGreaterThan(RANDOM_WALKS);
    }
  }

  /**
   * Walks of decisions through the API (each step an offered value, so every design is valid), each
   * built headless: per walk its first decision, the decisions made, whether nothing was left open,
   * the nodes promised, those missing and the triangles.
   */
  static final String WALKS =
      """
      async ({ product, walks, seed }) => {
        const { buildHeadless } = await import('/js/three/kit.js');
        const recipe = (await import(`/js/three/recipes/${product}.js`)).default;
        const version = (await (await fetch('/api/products/' + product)).json()).latest;
        const detail = await (await fetch(`/api/products/${product}/versions/${version}`)).json();
        const ids = detail.attributes.map((a) => a.id);
        const texts = Object.fromEntries(detail.attributes.filter((a) => a.kind === 'text').map((a) => [a.id, 'ABC']));
        let s = seed;
        const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
        const post = async (path, body) => {
          const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
          return r.ok ? r.json() : null;
        };
        const open = (answer) => answer.attributes.filter((d) => d.decided === null && d.offered.length > 0 && !d.offered.includes('given'));
        const empty = await post('/api/designs/domains', { product, version, decisions: [] });
        const starts = [null];
        for (const d of empty.attributes) {
          if (recipe.shows.includes(d.attribute)) for (const v of d.offered) if (v !== 'given') starts.push([d.attribute, v]);
        }
        for (let k = 0; k < walks; k++) starts.push('random');
        const out = [];
        for (const start of starts) {
          let answer = empty;
          if (Array.isArray(start)) {
            answer = await post('/api/designs/decide', { design: answer.design, attribute: start[0], value: start[1] });
            if (!answer) { out.push({ start, missing: ['refused ' + start], nodes: [], triangles: 0 }); continue; }
          }
          for (let step = 0; start !== null && step < 80 && open(answer).length; step++) {
            const choices = open(answer);
            const d = choices[Math.floor(rnd() * choices.length)];
            const value = d.offered[Math.floor(rnd() * d.offered.length)];
            answer = (await post('/api/designs/decide', { design: answer.design, attribute: d.attribute, value })) || answer;
          }
          const values = {};
          for (const d of answer.attributes) {
            if (d.decided !== null) values[d.attribute] = d.decided;
            else if (d.offered.length) values[d.attribute] = d.offered[0];
          }
          const built = buildHeadless(recipe, detail.presentation, ids, values, texts);
          out.push({ start, decisions: answer.design.decisions.length, complete: open(answer).length === 0, ...built });
        }
        return out;
      }
      """;
}
