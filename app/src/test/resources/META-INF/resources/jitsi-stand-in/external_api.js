/*
 * A stand-in for Jitsi's external_api.js, served by the application under test at the configured
 * test domain. It has the IFrame API's shape (constructor, executeCommand, addListener, getIFrame,
 * dispose), opens the fake camera and microphone as the real iframe would, records every command
 * in window.jitsiStandIn.commands, answers the commands that change a state with the events Jitsi
 * sends, and lets a test fire any event with window.jitsiStandIn.fire(name, data).
 */
(function () {
  "use strict";
  function JitsiMeetExternalAPI(domain, options) {
    const api = this;
    api.domain = domain;
    api.options = options;
    api.commands = [];
    api.listeners = {};
    api.audioMuted = !!(options.configOverwrite && options.configOverwrite.startWithAudioMuted);
    api.videoMuted = !!(options.configOverwrite && options.configOverwrite.startWithVideoMuted);
    const iframe = document.createElement("iframe");
    iframe.src = "about:blank";
    iframe.name = "jitsiConferenceFrame0";
    options.parentNode.appendChild(iframe);
    api.iframe = iframe;
    window.jitsiStandIn = api;
    api.mediaReady = false;
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      navigator.mediaDevices
        .getUserMedia({ audio: true, video: true })
        .then((stream) => {
          api.stream = stream;
          api.mediaReady = stream.getTracks().length >= 2;
        })
        .catch((e) => {
          api.mediaError = String(e);
        });
    }
    setTimeout(() => {
      api.fire("videoConferenceJoined", {
        roomName: options.roomName,
        id: "local1",
        displayName: options.userInfo && options.userInfo.displayName,
      });
    }, 100);
  }

  JitsiMeetExternalAPI.prototype.addListener = function (name, fn) {
    (this.listeners[name] = this.listeners[name] || []).push(fn);
  };
  JitsiMeetExternalAPI.prototype.addEventListener = JitsiMeetExternalAPI.prototype.addListener;
  JitsiMeetExternalAPI.prototype.removeListener = function (name, fn) {
    this.listeners[name] = (this.listeners[name] || []).filter((f) => f !== fn);
  };
  JitsiMeetExternalAPI.prototype.fire = function (name, data) {
    (this.listeners[name] || []).forEach((fn) => fn(data || {}));
  };
  JitsiMeetExternalAPI.prototype.getIFrame = function () {
    return this.iframe;
  };
  JitsiMeetExternalAPI.prototype.isAudioMuted = function () {
    return Promise.resolve(this.audioMuted);
  };
  JitsiMeetExternalAPI.prototype.getRoomsInfo = function () {
    return Promise.resolve({ rooms: [{ isMainRoom: true, id: this.options.roomName, participants: [] }] });
  };
  JitsiMeetExternalAPI.prototype.executeCommand = function (name, ...args) {
    this.commands.push({ name: name, args: args });
    const api = this;
    switch (name) {
      case "toggleAudio":
        api.audioMuted = !api.audioMuted;
        api.fire("audioMuteStatusChanged", { muted: api.audioMuted });
        break;
      case "toggleVideo":
        api.videoMuted = !api.videoMuted;
        api.fire("videoMuteStatusChanged", { muted: api.videoMuted });
        break;
      case "hangup":
      case "endConference":
        setTimeout(() => {
          api.fire("videoConferenceLeft", { roomName: api.options.roomName });
          api.fire("readyToClose", {});
        }, 50);
        break;
      default:
        break;
    }
  };
  JitsiMeetExternalAPI.prototype.dispose = function () {
    if (this.stream) {
      this.stream.getTracks().forEach((t) => t.stop());
    }
    this.iframe.remove();
  };
  window.JitsiMeetExternalAPI = JitsiMeetExternalAPI;
})();
