package org.latentbrush.app.tools;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes the Ikonli icons of buttons and menus in one size and style. */
public final class Icons {

    /** Icon size in toolbars, in pixels. */
    public static final int TOOL_SIZE = 20;
    /** Icon size in menus. */
    public static final int MENU_SIZE = 16;

    private Icons() {}

    /** An icon of toolbar size. */
    public static FontIcon tool(Ikon ikon) {
        return of(ikon, TOOL_SIZE);
    }

    /** An icon of menu size. */
    public static FontIcon menu(Ikon ikon) {
        return of(ikon, MENU_SIZE);
    }

    private static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
