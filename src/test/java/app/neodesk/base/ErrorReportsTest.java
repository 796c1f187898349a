package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

class ErrorReportsTest {

    @Test
    void unexpectedFailureShowsAnErrorIdAndNoExceptionText() {
        var error = new IllegalStateException(
                "PreparedStatementCallback; SQL [select id from product where id = ?" + " for update]",
                new SQLException("Timeout trying to lock table PRODUCT"));
        var message = ErrorReports.describe(error);
        assertThat(message.logged()).isTrue();
        assertThat(message.errorId()).matches("[0-9A-F]{8}");
        assertThat(message.text())
                .contains("error id " + message.errorId())
                .doesNotContain("SQL")
                .doesNotContain("select")
                .doesNotContain("PRODUCT")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void lockTimeoutSaysNothingWasSavedAndToTryAgain() {
        var message =
                ErrorReports.describe(new CannotAcquireLockException("PreparedStatementCallback; SQL [update quote]"));
        assertThat(message.text())
                .startsWith("Someone else was changing the same data")
                .contains("try again")
                .doesNotContain("SQL");
    }

    @Test
    void databaseRefusalSaysNothingWasSaved() {
        var message = ErrorReports.describe(new DataIntegrityViolationException(
                "duplicate key value violates " + "unique constraint \"uq_quote_series_day\""));
        assertThat(message.text())
                .contains("nothing was saved")
                .doesNotContain("uq_quote")
                .doesNotContain("duplicate key");
    }

    @Test
    void userErrorsKeepTheirOwnWordsEvenWhenWrapped() {
        var wrapped = new RuntimeException("wrapper", new ValidationException("low", "Enter the low price"));
        assertThat(ErrorReports.describe(wrapped)).isEqualTo(new ErrorReports.UserMessage("Enter the low price", ""));
        assertThat(ErrorReports.describe(new NotFoundException("Quote")).text()).isEqualTo("Quote not found");
        var busy = new UserMessageException(
                "Another import of the same products is running; try again in a moment",
                new CannotAcquireLockException("SQL [select id from product for update]"));
        assertThat(ErrorReports.describe(new RuntimeException(busy)).text())
                .isEqualTo("Another import of the same products is running; try again in a moment");
        assertThat(ErrorReports.describe(new AccessDeniedException("Access Denied"))
                        .text())
                .startsWith("You are not allowed to do this")
                .doesNotContain("Access Denied");
    }

    @Test
    void errorIdsDiffer() {
        assertThat(ErrorReports.newId()).isNotEqualTo(ErrorReports.newId());
    }
}
