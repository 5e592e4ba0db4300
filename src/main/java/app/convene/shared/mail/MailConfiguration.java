package app.convene.shared.mail;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail goes through Spring Mail. With {@code convene.local-mail.enabled} (the default on the
 * embedded database) it goes to the {@link LocalMailbox}; otherwise Spring Boot's
 * {@code spring.mail.*} settings (SPRING_MAIL_HOST, …) name the server.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @Conditional(LocalMailCondition.class)
    LocalMailbox localMailbox() {
        return LocalMailbox.shared();
    }

    @Bean
    @Conditional(LocalMailCondition.class)
    JavaMailSenderImpl mailSender(LocalMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "10000");
        sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "20000");
        sender.getJavaMailProperties().setProperty("mail.smtp.writetimeout", "20000");
        return sender;
    }

}
