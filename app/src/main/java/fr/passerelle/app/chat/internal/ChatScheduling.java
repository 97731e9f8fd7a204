package fr.passerelle.app.chat.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The chat's scheduled jobs: the retention purge and the presence refresh. */
@Configuration
@EnableScheduling
class ChatScheduling {}
