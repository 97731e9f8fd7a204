/*
 * Passerelle's visio glue: loads the Jitsi IFrame API from the configured domain, opens the call
 * with the person's token and configuration, runs the commands of Passerelle's own controls, and
 * reports the call's events (joins, leaves, raised hands, lobby knocks, mute states) to the
 * server, which announces them in the live region. Plain script, no build step.
 *
 * The server calls window.PasserelleVisio.start(host, options) and .command(host, name, args);
 * host is the call component's element, whose $server receives event(kind, id, name, flag) and
 * scriptFailed().
 */
(function () {
  "use strict";
  if (window.PasserelleVisio) {
    return;
  }
  const loading = {};

  function load(url) {
    if (window.JitsiMeetExternalAPI) {
      return Promise.resolve();
    }
    if (!loading[url]) {
      loading[url] = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        script.async = true;
        script.onload = () =>
          window.JitsiMeetExternalAPI ? resolve() : reject(new Error("no JitsiMeetExternalAPI"));
        script.onerror = () => {
          delete loading[url];
          script.remove();
          reject(new Error("cannot load " + url));
        };
        document.head.appendChild(script);
      });
    }
    return loading[url];
  }

  function report(host, kind, id, name, flag) {
    if (host.$server && host.$server.event) {
      host.$server.event(kind, id == null ? "" : String(id), name == null ? "" : String(name),
        !!flag);
    }
  }

  function start(host, o) {
    stop(host);
    const frame = host.querySelector(".visio-frame");
    load(o.scriptUrl).then(() => {
      const names = {};
      const api = new window.JitsiMeetExternalAPI(o.domain, {
        roomName: o.roomName,
        parentNode: frame,
        width: "100%",
        height: "100%",
        jwt: o.jwt || undefined,
        lang: "fr",
        configOverwrite: o.config,
        interfaceConfigOverwrite: o.interfaceConfig,
        userInfo: { displayName: o.displayName },
      });
      host.visioApi = api;
      host.visioNames = names;
      const iframe = api.getIFrame && api.getIFrame();
      if (iframe) {
        iframe.title = o.frameTitle;
        iframe.setAttribute("allow", "camera; microphone; display-capture; autoplay; clipboard-write");
        // Focus inside the frame is not :focus on it (and not always :focus-within): mark it.
        // Focus going into the frame does not scroll it into view either: do it.
        const mark = () =>
          setTimeout(() => {
            const inside = document.activeElement === iframe;
            if (inside && !iframe.classList.contains("visio-focused")) {
              iframe.scrollIntoView({ block: "nearest" });
            }
            iframe.classList.toggle("visio-focused", inside);
          }, 0);
        window.addEventListener("blur", mark);
        document.addEventListener("focusin", mark);
      }
      api.addListener("videoConferenceJoined", (e) => {
        if (o.captions) {
          api.executeCommand("setSubtitles", true, true, "fr");
        }
        if (o.moderator && o.lobby) {
          api.executeCommand("toggleLobby", true);
        }
        report(host, "joined", e && e.id, e && e.displayName, false);
      });
      api.addListener("participantJoined", (e) => {
        names[e.id] = e.displayName || "";
        report(host, "participantJoined", e.id, e.displayName, false);
      });
      api.addListener("participantLeft", (e) => {
        report(host, "participantLeft", e.id, names[e.id] || "", false);
        delete names[e.id];
      });
      api.addListener("raiseHandUpdated", (e) => {
        report(host, "hand", e.id, names[e.id] || "", !!e.handRaised);
      });
      api.addListener("knockingParticipant", (e) => {
        const p = (e && e.participant) || e || {};
        report(host, "knock", p.id, p.name || p.displayName || "", false);
      });
      api.addListener("audioMuteStatusChanged", (e) => report(host, "audio", "", "", e.muted));
      api.addListener("videoMuteStatusChanged", (e) => report(host, "video", "", "", e.muted));
      api.addListener("subtitlesToggled", (e) => report(host, "captions", "", "", e.enabled));
      api.addListener("videoConferenceLeft", () => report(host, "left", "", "", false));
      api.addListener("readyToClose", () => report(host, "left", "", "", false));
    }).catch(() => {
      if (host.$server && host.$server.scriptFailed) {
        host.$server.scriptFailed();
      }
    });
  }

  function command(host, name, args) {
    const api = host.visioApi;
    if (!api) {
      return false;
    }
    api.executeCommand(name, ...(args || []));
    return true;
  }

  /** The id of the participant shown under this name (an interpreter to pin). */
  function idOf(host, displayName) {
    const names = host.visioNames || {};
    return Object.keys(names).find((id) => names[id] === displayName) || null;
  }

  function pin(host, displayNames) {
    for (const n of displayNames || []) {
      const id = idOf(host, n);
      if (id) {
        command(host, "pinParticipant", [id]);
        command(host, "setLargeVideoParticipant", [id]);
        return true;
      }
    }
    return false;
  }

  function stop(host) {
    if (host.visioApi) {
      try {
        host.visioApi.dispose();
      } catch (e) {
        // Already gone.
      }
      host.visioApi = null;
    }
  }

  window.PasserelleVisio = { start, command, pin, stop };
})();
