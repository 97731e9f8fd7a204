/**
 * Visio classes: a teacher's sessions for a class (one-off, weekly or started now, {@link
 * fr.passerelle.app.visio.VisioSessions}), invitations for parents and outside professionals
 * ({@link fr.passerelle.app.visio.VisioInvitations}), tickets and tokens for the Jitsi deployment
 * ({@link fr.passerelle.app.visio.VisioTickets}), the accessible call view, the deployment's
 * reservation and presence hooks feeding attendance ({@link
 * fr.passerelle.app.visio.VisioAttendance}), and the pupil's visiophone ({@link
 * fr.passerelle.app.visio.Visiophone}).
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "audit",
      "demo",
      "identity",
      "platform",
      "profile",
      "shell",
      "territory"
    })
package fr.passerelle.app.visio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
