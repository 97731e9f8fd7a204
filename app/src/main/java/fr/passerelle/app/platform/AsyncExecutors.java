package fr.passerelle.app.platform;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of module listeners ({@code @ApplicationModuleListener}) and other {@code @Async}
 * work: Boot's own, declared here so that a feature's executor of its own (speech pre-synthesis)
 * never becomes everyone's default (Boot would step back from creating it).
 */
@Configuration(proxyBeanMethods = false)
class AsyncExecutors {

  @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
  ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
    return builder.build();
  }
}
