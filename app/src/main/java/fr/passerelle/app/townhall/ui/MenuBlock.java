package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.townhall.Allergen;
import fr.passerelle.app.townhall.CanteenMenu;
import fr.passerelle.app.townhall.Dish;
import java.util.stream.Collectors;

/**
 * A day's menu as a list: each dish with its course's pictogram, its name, the vegetarian pictogram
 * when it is one, and its allergens in words. Sentences end with a full stop, so that reading aloud
 * pauses between dishes.
 */
final class MenuBlock {

  private MenuBlock() {}

  static UnorderedList of(Component in, CanteenMenu menu, boolean large) {
    UnorderedList list = new UnorderedList();
    list.addClassNames("th-menu", large ? "th-menu-large" : "th-menu-small");
    for (Dish dish : menu.dishes()) {
      list.add(item(in, dish));
    }
    return list;
  }

  static ListItem item(Component in, Dish dish) {
    ListItem item = new ListItem();
    item.addClassName("th-dish");
    String course = in.getTranslation(dish.course().key());
    item.add(Pictograms.of(dish.course(), course));
    Div words = new Div();
    words.addClassName("th-dish-words");
    words.add(
        new Span(
            in.getTranslation(
                dish.vegetarian() ? "townhall.dish.lineVegetarian" : "townhall.dish.line",
                course,
                dish.name())));
    if (!dish.allergens().isEmpty()) {
      Paragraph allergens =
          new Paragraph(
              in.getTranslation(
                  "townhall.dish.allergens",
                  dish.allergensInOrder().stream()
                      .map(Allergen::key)
                      .map(in::getTranslation)
                      .collect(Collectors.joining(", "))));
      allergens.addClassName("th-allergens");
      words.add(allergens);
    }
    item.add(words);
    if (dish.vegetarian()) {
      item.add(Pictograms.vegetarian(in.getTranslation("townhall.dish.vegetarian")));
    }
    return item;
  }

  /** "Carottes râpées, poulet, riz…" for short places (a child's card). */
  static String summary(CanteenMenu menu) {
    return menu.dishes().stream().map(Dish::name).collect(Collectors.joining(", "));
  }
}
