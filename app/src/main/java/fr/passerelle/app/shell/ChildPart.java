package fr.passerelle.app.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A feature's part of one child's card on a parent's home (a notice to acknowledge, the homework of
 * the week, today's canteen menu). Features declare them as Spring beans; the parent's home gathers
 * them, so it never depends on the features it shows. Each part checks the caller itself through
 * its feature's service: the home only passes the child's id.
 */
public interface ChildPart {

  /** Parts that ask the parent to act come first, marked as such. */
  int ACTION = -100;

  /** Then, in this order, homework, messages, menus and outings. */
  int HOMEWORK = 10;

  int MESSAGES = 20;

  int MENUS = 30;

  int OUTINGS = 40;

  /** Where the part goes in the card: below zero, it asks the parent to act. Lower comes first. */
  int order();

  /** A fresh part for this child of the parent now signed in, or empty when there is nothing. */
  Optional<Component> create(long childId);

  /** Whether the part asks the parent to do something (acknowledge, sign, justify). */
  default boolean asksToAct() {
    return order() < 0;
  }

  static ChildPart of(int order, LongFunction<Optional<Component>> create) {
    return new ChildPart() {
      @Override
      public int order() {
        return order;
      }

      @Override
      public Optional<Component> create(long childId) {
        return create.apply(childId);
      }
    };
  }
}
