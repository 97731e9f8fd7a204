/*
 * Passerelle's browser side of the accessibility profile: applies the profile to the page, and
 * runs the reading ruler, single-switch scanning, dwell click and keyboard shortcuts.
 * Plain script, no build step. The server calls window.Passerelle.applyProfile(profile).
 */
(function () {
  "use strict";
  if (window.Passerelle) {
    return;
  }
  const root = document.documentElement;
  const ITEMS =
    'a[href], button:not([disabled]), vaadin-button:not([disabled]), vaadin-checkbox,' +
    ' vaadin-radio-button, vaadin-select, vaadin-text-field, vaadin-password-field, input,' +
    ' [tabindex]:not([tabindex="-1"])';

  function visible(el) {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  }

  // ---- Reading ruler: a band that follows the pointer and the focus. ----
  const ruler = {
    el: null,
    start() {
      if (this.el) return;
      this.el = document.createElement("div");
      this.el.className = "reading-ruler";
      this.el.setAttribute("aria-hidden", "true");
      this.el.style.top = "40vh";
      document.body.appendChild(this.el);
      this.onMove = (e) => this.place(e.clientY);
      this.onFocus = (e) => {
        const r = e.target.getBoundingClientRect();
        this.place(r.top + r.height / 2);
      };
      document.addEventListener("mousemove", this.onMove, { passive: true });
      document.addEventListener("focusin", this.onFocus);
    },
    place(y) {
      if (this.el) this.el.style.top = Math.max(0, y - this.el.offsetHeight / 2) + "px";
    },
    stop() {
      if (!this.el) return;
      document.removeEventListener("mousemove", this.onMove);
      document.removeEventListener("focusin", this.onFocus);
      this.el.remove();
      this.el = null;
    },
  };

  // ---- Single-switch scanning: groups, then items; Space or Enter selects. ----
  const scanning = {
    timer: null,
    interval: 1500,
    level: "groups",
    groups: [],
    items: [],
    index: -1,
    start(interval) {
      this.interval = interval;
      if (this.timer !== null) {
        return;
      }
      this.onKey = (e) => this.key(e);
      document.addEventListener("keydown", this.onKey, true);
      this.toGroups();
    },
    stop() {
      clearTimeout(this.timer);
      this.timer = null;
      document.removeEventListener("keydown", this.onKey, true);
      this.clear();
    },
    clear() {
      document.querySelectorAll(".scan-group, .scan-item").forEach((el) => {
        el.classList.remove("scan-group", "scan-item");
      });
    },
    collectGroups() {
      const candidates = [
        document.getElementById("accessibility-toolbar"),
        document.querySelector(".app-header"),
        document.querySelector("nav.app-nav"),
        ...document.querySelectorAll("main .card"),
        document.querySelector("main"),
      ];
      return candidates.filter((g, i) => g && candidates.indexOf(g) === i && this.itemsOf(g).length);
    },
    itemsOf(group) {
      const inner = group.matches("main") ? (el) => !el.closest(".card") : () => true;
      return [...group.querySelectorAll(ITEMS)].filter(
        (el) => visible(el) && inner(el) && !el.closest(".skip-links") && !el.parentElement.closest(ITEMS),
      );
    },
    toGroups() {
      this.level = "groups";
      this.groups = this.collectGroups();
      this.index = -1;
      this.next(true);
    },
    toItems(group) {
      this.level = "items";
      this.items = this.itemsOf(group);
      this.index = -1;
      this.next(true);
    },
    list() {
      return this.level === "groups" ? this.groups : this.items;
    },
    next(first) {
      clearTimeout(this.timer);
      const list = this.list();
      if (!list.length || (this.level === "items" && this.index === list.length - 1)) {
        if (this.level === "items") {
          this.toGroups();
          return;
        }
        this.timer = setTimeout(() => this.toGroups(), this.interval);
        return;
      }
      this.index = (this.index + 1) % list.length;
      this.clear();
      const current = list[this.index];
      current.classList.add(this.level === "groups" ? "scan-group" : "scan-item");
      current.scrollIntoView({ block: "nearest" });
      // A longer pause on the first item, so the switch user can catch it.
      const wait = this.index === 0 || first ? this.interval * 2 : this.interval;
      // When the highlight moved and for how long it stays (read by tests and assistive tools).
      this.since = performance.now();
      this.stay = wait;
      this.timer = setTimeout(() => this.next(false), wait);
    },
    key(e) {
      // Keys typed into a text field are the user's text; a checkbox or radio is not a text field
      // (its Space must stay the switch's, or one-switch users would be stuck on it).
      const origin = e.composedPath ? e.composedPath()[0] : e.target;
      const typing =
        origin instanceof Element &&
        origin.matches(
          "textarea, [contenteditable], input:not([type=checkbox]):not([type=radio])" +
            ":not([type=button]):not([type=submit]):not([type=reset])",
        );
      if (typing && e.key !== "Escape") {
        return;
      }
      if (e.key === "Escape") {
        this.toGroups();
        return;
      }
      if (e.key !== " " && e.key !== "Enter") {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      const current = this.list()[this.index];
      if (!current) {
        return;
      }
      if (this.level === "groups") {
        this.toItems(current);
      } else {
        this.clear();
        clearTimeout(this.timer);
        current.focus();
        current.click();
        // Start again from the groups once the page has reacted.
        this.timer = setTimeout(() => this.toGroups(), this.interval);
      }
    },
  };

  // ---- Dwell click: resting the pointer on a control clicks it. ----
  const dwell = {
    on: false,
    time: 1200,
    target: null,
    lockedUntil: 0,
    locked: null,
    start(time) {
      this.time = time;
      if (this.on) return;
      this.on = true;
      this.onOver = (e) => this.enter(e);
      this.onOut = (e) => this.leave(e);
      document.addEventListener("mouseover", this.onOver, true);
      document.addEventListener("mouseout", this.onOut, true);
    },
    stop() {
      if (!this.on) return;
      this.on = false;
      this.cancel();
      document.removeEventListener("mouseover", this.onOver, true);
      document.removeEventListener("mouseout", this.onOut, true);
    },
    enter(e) {
      const el = e.target.closest && e.target.closest(ITEMS);
      if (!el || el === this.target) return;
      if (el === this.locked && Date.now() < this.lockedUntil) return;
      this.cancel();
      this.target = el;
      const r = el.getBoundingClientRect();
      const bar = document.createElement("div");
      bar.className = "dwell-progress";
      bar.setAttribute("aria-hidden", "true");
      bar.style.left = r.left + "px";
      bar.style.top = r.bottom + 2 + "px";
      bar.style.width = "0px";
      document.body.appendChild(bar);
      this.bar = bar;
      const started = performance.now();
      const step = (now) => {
        if (this.target !== el) return;
        const done = Math.min(1, (now - started) / this.time);
        bar.style.width = r.width * done + "px";
        if (done < 1) {
          this.frame = requestAnimationFrame(step);
        } else {
          this.cancel();
          this.locked = el;
          this.lockedUntil = Date.now() + 1000;
          el.click();
        }
      };
      this.frame = requestAnimationFrame(step);
    },
    leave(e) {
      if (this.target && !this.target.contains(e.relatedTarget)) {
        if (this.locked === this.target) this.lockedUntil = 0;
        this.cancel();
      }
    },
    cancel() {
      cancelAnimationFrame(this.frame);
      if (this.bar) this.bar.remove();
      this.bar = null;
      this.target = null;
    },
  };

  // ---- Keyboard shortcuts, always on: Alt+Shift+A toolbar, +C content, +N menu. ----
  document.addEventListener("keydown", (e) => {
    if (!e.altKey || !e.shiftKey) return;
    const key = e.code;
    let target = null;
    if (key === "KeyA") {
      target = document.querySelector("#accessibility-toolbar " + "button, #accessibility-toolbar vaadin-button, #accessibility-toolbar a");
    } else if (key === "KeyC") {
      target = document.querySelector("main h1");
    } else if (key === "KeyN") {
      target = document.querySelector("nav.app-nav a");
    }
    if (target) {
      e.preventDefault();
      if (!target.hasAttribute("tabindex") && target.matches("h1")) target.setAttribute("tabindex", "-1");
      target.focus();
    }
  });

  // ---- Reduced motion inside components. The page's style sheets stop animations and transitions
  // (profile.css, passerelle.css) but cannot reach into shadow roots, where Vaadin's components
  // animate their overlays, fields and checkboxes: each shadow root gets a small style element that
  // stops them too, when the profile or the system asks for less motion. A host's own ::before is
  // left alone: Vaadin watches its custom properties through a transition there. ----
  const motion = {
    styles: new Set(),
    rules:
      "*, *::before, *::after, :host { animation: none !important; transition: none !important; }",
    css() {
      const always = root.hasAttribute("data-reduced-motion") ? this.rules : "";
      return always + " @media (prefers-reduced-motion: reduce) { " + this.rules + " }";
    },
    add(shadow) {
      if (shadow.passerelleMotion && shadow.passerelleMotion.parentNode === shadow) return;
      const style = document.createElement("style");
      style.textContent = this.css();
      // Appended: Lit renders before a shadow root's first child, so this stays last and untouched.
      shadow.appendChild(style);
      shadow.passerelleMotion = style;
      this.styles.add(new WeakRef(style));
    },
    addAll(node) {
      node.querySelectorAll("*").forEach((el) => {
        if (el.shadowRoot) {
          this.add(el.shadowRoot);
          this.addAll(el.shadowRoot);
        }
      });
    },
    update() {
      const css = this.css();
      this.styles.forEach((ref) => {
        const style = ref.deref();
        if (style) style.textContent = css; else this.styles.delete(ref);
      });
    },
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    motion.add(shadow);
    return shadow;
  };
  motion.addAll(document);

  const PROFILE_ATTRIBUTES = [
    "data-theme", "data-font", "style", "data-large-targets", "data-thick-focus",
    "data-large-pointer", "data-reduced-motion", "data-simplified", "data-show-shortcuts",
    "data-reading-ruler", "data-scanning", "data-dwell", "data-speak-on-focus", "data-syllables",
  ];

  /** Starts or stops the ruler, scanning and dwell to match the root element's attributes. */
  function sync() {
    motion.addAll(document);
    motion.update();
    if (root.hasAttribute("data-reading-ruler")) ruler.start(); else ruler.stop();
    if (root.hasAttribute("data-scanning")) {
      scanning.start(Number(root.getAttribute("data-scanning")) || 1500);
    } else {
      scanning.stop();
    }
    if (root.hasAttribute("data-dwell")) {
      dwell.start(Number(root.getAttribute("data-dwell")) || 1200);
    } else {
      dwell.stop();
    }
  }

  /** Applies a profile given as the root element's attributes (see ProfileAttributes.java). */
  function applyProfile(attributes) {
    PROFILE_ATTRIBUTES.forEach((name) => root.removeAttribute(name));
    Object.entries(attributes).forEach(([name, value]) => root.setAttribute(name, value));
    sync();
  }

  window.Passerelle = { applyProfile, scanning, dwell, ruler };
  // The server may have written the profile into the page already.
  if (document.body) {
    sync();
  } else {
    document.addEventListener("DOMContentLoaded", sync);
  }
})();
