package dev.atelier.formats.sxfm;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SxfmReaderTest {

  private static ReadResult read(String xml) {
    return SxfmReader.read(new StringReader(xml), "shop.sxfm.xml");
  }

  @Test
  void readsTreeGroupsAndClauses() {
    ProductModel model =
        loaded(
            read(
                """
                <feature_model name="Shop">
                <meta><data name="creator">tests</data></meta>
                <feature_tree>
                :r Shop (shop)
                \t:m Catalog (catalog)
                \t:o Payment (payment)
                \t\t:g (_g1) [1,*]
                \t\t\t: Card (card)
                \t\t\t: Invoice (invoice)
                \t:o Search
                \t\t:g [1,1]
                \t\t\t: Basic
                \t\t\t: Basic
                </feature_tree>
                <constraints>
                c1: ~invoice or catalog
                c2: ~Search or payment
                </constraints>
                </feature_model>
                """));
    assertThat(model.label().text()).isEqualTo("Shop");
    assertThat(model.attributes().stream().map(a -> a.id()))
        .containsExactly(
            "shop", "catalog", "payment", "card", "invoice", "Search", "Basic", "Basic#2");
    assertThat(model.attribute("card").orElseThrow().label().text()).isEqualTo("Card");
    // payment: off, card, invoice, both (4); Search needs payment: (off) 4 + (2 choices x 3) 6 = 10
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(10));
    assertThat(model.constraints().stream().map(c -> c.label().text()))
        .contains("Constraint: c1: !invoice | catalog");
  }

  @Test
  void repeatedNamesTakeTheNextFreeSuffix() {
    ProductModel model =
        loaded(
            read(
                """
                <feature_model name="Shop">
                <feature_tree>
                :r Shop (shop)
                \t:o Search
                \t\t:g [1,*]
                \t\t\t: Basic
                \t\t\t: Basic#3
                \t\t\t: Basic
                \t\t\t: Basic
                \t\t\t: Basic
                </feature_tree>
                </feature_model>
                """));
    assertThat(model.attributes().stream().map(a -> a.id()))
        .containsExactly("shop", "Search", "Basic", "Basic#3", "Basic#2", "Basic#4", "Basic#5");
  }

  @Test
  void collectsBadLinesAndUnknownIds() {
    List<Diagnostic> problems =
        rejected(
            read(
                """
                <feature_model name="Bad">
                <feature_tree>
                :r Root (root)
                \t:x Odd
                \t: Member
                \t:g [1]
                </feature_tree>
                <constraints>
                c1: ~root or nothing
                c2 root
                </constraints>
                <extra/>
                </feature_model>
                """));
    assertThat(problems.stream().map(Diagnostic::toString))
        .containsExactly(
            "shop.sxfm.xml:12:1: unknown element <extra> in <feature_model>",
            "shop.sxfm.xml:4:2: unknown line kind ':x ', expected :r, :m, :o, :g or ':'",
            "shop.sxfm.xml:5:2: group member (': name') outside a :g group",
            "shop.sxfm.xml:6:5: expected a group cardinality such as [1,1] or [1,*]",
            "shop.sxfm.xml:6:2: group without members",
            "shop.sxfm.xml:9:14: unknown feature 'nothing'",
            "shop.sxfm.xml:10:1: expected a clause 'name: a or ~b'");
  }
}
