package fr.passerelle.app.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus Passerelle's own tokens and layout, served from the themes jar. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/passerelle.css")
@StyleSheet("styles/fonts.css")
@StyleSheet("styles/themes.css")
@StyleSheet("styles/profile.css")
@Push
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}
