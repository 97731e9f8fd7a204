package fr.passerelle.app.family.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The mailer's rounds (immediate retries, the daily digest) run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FamilyScheduling {}
