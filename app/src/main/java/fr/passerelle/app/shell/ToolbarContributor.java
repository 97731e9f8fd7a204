package fr.passerelle.app.shell;

import com.vaadin.flow.component.Component;

/**
 * A feature that puts controls in the shell's always-present accessibility toolbar. The shell asks
 * each contributor for a fresh component per page, so the shell never depends on the feature.
 */
public interface ToolbarContributor {

  Component createToolbarContent();
}
