/*
 * Read aloud (Passerelle). Loaded on every page after passerelle.js (see SpeechPageSetup.java).
 *
 * - ReadAloud blocks: the "Listen" button reads the block, or the selection inside it; the server
 *   synthesises (and caches) the text and gives back the audio's address and when each word
 *   starts; the word being spoken is highlighted with the CSS Custom Highlight API (the page's
 *   DOM is not changed), following the audio element's currentTime.
 * - Keyboard: Alt+Shift+L reads the block that holds the focus (else the first of the page),
 *   Alt+Shift+P pauses or resumes, Alt+Shift+S stops. passerelle.js uses Alt+Shift+A, C and N.
 * - Speak on focus (html[data-speak-on-focus]): each control's accessible name is said when it
 *   gets focus, after a short pause (debounce), from the server's cached audio.
 */
(function () {
  "use strict";
  if (window.PasserelleSpeech) return;

  // The same expression as Words.WORD on the server: keep them equal.
  const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  const HIGHLIGHT = "passerelle-spoken";
  const root = document.documentElement;
  let current = null;

  function reducedMotion() {
    return root.hasAttribute("data-reduced-motion")
      || window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function isInline(el) {
    return el && getComputedStyle(el).display.startsWith("inline");
  }

  function blockOf(node) {
    let el = node.parentElement;
    while (el && isInline(el)) el = el.parentElement;
    return el;
  }

  /** The text to read: the selection inside the block if there is one, else the whole block. */
  function collect(textEl) {
    const sel = window.getSelection();
    let range = null;
    if (sel && !sel.isCollapsed && sel.rangeCount > 0) {
      const r = sel.getRangeAt(0);
      if (textEl.contains(r.commonAncestorContainer)) range = r;
    }
    const segments = [];
    let text = "";
    let lastBlock = null;
    const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const p = node.parentElement;
        if (!p || p.closest("[hidden], [aria-hidden='true'], script, style")) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let start = 0;
      let end = node.data.length;
      if (range) {
        if (!range.intersectsNode(node)) continue;
        if (node === range.startContainer) start = range.startOffset;
        if (node === range.endContainer) end = range.endOffset;
      }
      if (end <= start) continue;
      const block = blockOf(node);
      if (lastBlock && block !== lastBlock) text += "\n";
      lastBlock = block;
      segments.push({ node, start, at: text.length, length: end - start });
      text += node.data.slice(start, end);
    }
    return { text, segments, fromSelection: range !== null };
  }

  function locate(segments, offset, isEnd) {
    for (const s of segments) {
      if (offset > s.at + s.length) continue;
      if (offset === s.at + s.length && !isEnd) continue;
      if (offset >= s.at) return { node: s.node, offset: s.start + offset - s.at };
    }
    return null;
  }

  function wordRanges(collected) {
    const ranges = [];
    for (const m of collected.text.matchAll(WORD)) {
      const a = locate(collected.segments, m.index, false);
      const b = locate(collected.segments, m.index + m[0].length, true);
      if (!a || !b) { ranges.push(null); continue; }
      const r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      ranges.push(r);
    }
    return ranges;
  }

  function setHighlight(range) {
    if (!window.CSS || !CSS.highlights) return;
    if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    else CSS.highlights.delete(HIGHLIGHT);
  }

  function controls(host) {
    return {
      read: host.querySelector(".read-aloud-read"),
      pause: host.querySelector(".read-aloud-pause"),
      stop: host.querySelector(".read-aloud-stop"),
      message: host.querySelector(".read-aloud-message"),
      text: host.querySelector(".read-aloud-text"),
    };
  }

  function setState(host, state) {
    host.setAttribute("data-state", state);
    const c = controls(host);
    const active = state === "playing" || state === "paused";
    c.pause.hidden = !active;
    c.stop.hidden = !active;
    c.pause.textContent = state === "paused" ? host.dataset.resumeLabel : host.dataset.pauseLabel;
  }

  function stop() {
    if (!current) return;
    const { host, audio } = current;
    cancelAnimationFrame(current.frame);
    audio.pause();
    audio.removeAttribute("src");
    current = null;
    setHighlight(null);
    host.removeAttribute("data-spoken-word");
    const hadFocus = host.contains(document.activeElement);
    setState(host, "idle");
    if (hadFocus) controls(host).read.focus();
  }

  function togglePause() {
    if (!current) return;
    if (current.audio.paused) {
      current.audio.play();
      setState(current.host, "playing");
    } else {
      current.audio.pause();
      setState(current.host, "paused");
    }
  }

  function follow() {
    if (!current) return;
    const { audio, starts, ranges, host } = current;
    const ms = audio.currentTime * 1000;
    let index = -1;
    // Binary search: the last word that has started.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= ms) { index = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (index !== current.index) {
      current.index = index;
      const range = index >= 0 ? ranges[index] : null;
      setHighlight(range);
      if (index >= 0) {
        host.setAttribute("data-spoken-word", String(index));
        if (range) {
          const box = range.getBoundingClientRect();
          if (box.bottom > window.innerHeight || box.top < 0) {
            const el = range.startContainer.parentElement;
            if (el) el.scrollIntoView({ block: "nearest", behavior: reducedMotion() ? "auto" : "smooth" });
          }
        }
      }
    }
    current.frame = requestAnimationFrame(follow);
  }

  async function read(host) {
    stop();
    const c = controls(host);
    const collected = collect(c.text);
    c.message.textContent = "";
    if (!collected.text.trim()) return;
    setState(host, "loading");
    let answer;
    try {
      answer = await host.$server.prepare(collected.text);
    } catch (e) {
      answer = { error: host.dataset.failedLabel };
    }
    if (typeof answer === "string") answer = JSON.parse(answer);
    if (answer.error) {
      c.message.textContent = answer.error;
      setState(host, "idle");
      return;
    }
    const ranges = wordRanges(collected);
    const audio = new Audio(answer.url);
    audio.preload = "auto";
    current = { host, audio, starts: answer.starts, ranges, index: -2, frame: 0 };
    host.setAttribute("data-word-count", String(answer.starts.length));
    audio.addEventListener("ended", () => { if (current && current.audio === audio) stop(); });
    audio.addEventListener("error", () => {
      if (current && current.audio === audio) {
        stop();
        c.message.textContent = host.dataset.failedLabel;
      }
    });
    setState(host, "playing");
    try {
      await audio.play();
    } catch (e) {
      if (current && current.audio === audio) {
        stop();
        c.message.textContent = host.dataset.failedLabel;
      }
      return;
    }
    current.frame = requestAnimationFrame(follow);
  }

  /** Wires one ReadAloud block (called by the server when it is attached). */
  function init(host) {
    if (host.passerelleSpeech) return;
    host.passerelleSpeech = true;
    const c = controls(host);
    c.read.addEventListener("click", () => read(host));
    c.pause.addEventListener("click", () => togglePause());
    c.stop.addEventListener("click", () => stop());
    setState(host, "idle");
  }

  document.addEventListener("keydown", (e) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code === "KeyL") {
      const focused = document.activeElement && document.activeElement.closest
        ? document.activeElement.closest("[data-read-aloud]") : null;
      const host = focused || document.querySelector("main [data-read-aloud]");
      if (host) { e.preventDefault(); read(host); }
    } else if (e.code === "KeyP" && current) {
      e.preventDefault();
      togglePause();
    } else if (e.code === "KeyS" && current) {
      e.preventDefault();
      stop();
    }
  });

  // ---- Speak on focus ----
  const focusSpeech = { timer: 0, audio: null, last: "" };

  function accessibleName(el) {
    const label = el.getAttribute("aria-label");
    if (label) return label;
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const text = by.split(/\s+/).map((id) => {
        const t = document.getElementById(id);
        return t ? t.textContent : "";
      }).join(" ");
      if (text.trim()) return text;
    }
    if (el.labels && el.labels.length) return el.labels[0].textContent;
    const host = el.getRootNode && el.getRootNode().host;
    if (host && host !== el) {
      const hostName = accessibleName(host);
      if (hostName) return hostName;
    }
    if (el.matches("input, textarea, select")) return el.getAttribute("placeholder") || el.title || "";
    return el.innerText || el.textContent || el.title || "";
  }

  document.addEventListener("focusin", (e) => {
    if (!root.hasAttribute("data-speak-on-focus")) return;
    let el = e.composedPath ? e.composedPath()[0] : e.target;
    if (!(el instanceof Element)) return;
    // Vaadin fields focus an inner input: name the field itself.
    const field = el.closest("vaadin-text-field, vaadin-password-field, vaadin-checkbox, vaadin-select, vaadin-combo-box, vaadin-integer-field, vaadin-number-field, vaadin-radio-button, vaadin-button");
    if (field) el = field;
    const name = accessibleName(el).replace(/\s+/g, " ").trim().slice(0, 300);
    clearTimeout(focusSpeech.timer);
    if (!name || !name.match(WORD)) return;
    focusSpeech.timer = setTimeout(() => {
      if (focusSpeech.audio) focusSpeech.audio.pause();
      if (current) return; // a text is being read: do not talk over it
      focusSpeech.last = name;
      root.setAttribute("data-spoken-name", name);
      focusSpeech.audio = new Audio("speech/name?text=" + encodeURIComponent(name));
      focusSpeech.audio.play().catch(() => {});
    }, 350);
  }, true);

  window.PasserelleSpeech = { init, read, stop, togglePause, collect, focusSpeech };
})();
