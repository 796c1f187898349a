package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.TeamData;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An admin's change to a user's account ends that user's open sessions at their next request;
 * other users' sessions stay. Sessions come from the real form login of the filter chain.
 */
@NeodeskSpringTest
// Commits for real: sessions end after the account change commits.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SessionRevocationTest {

    static final String PASSWORD = "session-password-2026";
    static final String VAADIN_SERVLET = "springServlet";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    TeamService teams;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // The mock web environment runs no Vaadin servlet; a stand-in receives what the filter chain lets through.
        ((MockServletContext) context.getServletContext())
                .registerNamedDispatcher(VAADIN_SERVLET, new MockRequestDispatcher("/vaadin"));
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void demotingAnAnalystEndsTheirSessionsButNotOthers() throws Exception {
        var analyst = create("rev.analyst", Role.ANALYST);
        create("rev.bystander", Role.ANALYST);
        var analystTab = signIn("rev.analyst");
        var analystSecondTab = signIn("rev.analyst");
        var bystander = signIn("rev.bystander");

        change(analyst, u -> u.withRoles(Set.of(Role.VIEWER)));

        assertSignedOut(analystTab);
        assertSignedOut(analystSecondTab);
        assertSignedIn(bystander, "rev.bystander");
    }

    @Test
    void disablingAUserEndsTheirSession() throws Exception {
        var user = create("rev.disabled", Role.VIEWER);
        var session = signIn("rev.disabled");
        change(user, u -> u.withEnabled(false));
        assertSignedOut(session);
    }

    @Test
    void changingTheTeamsOfAUserEndsTheirSession() throws Exception {
        var user = create("rev.teams", Role.VIEWER);
        var session = signIn("rev.teams");
        change(
                user,
                u -> u.withTeamIds(SystemAuthentication.call(() -> teams.findAll()).stream()
                        .filter(t -> t.getName().equals("Desk B"))
                        .map(Team::requireId)
                        .collect(Collectors.toSet())));
        assertSignedOut(session);
    }

    @Test
    void addingAUserToATeamFromTheTeamEditorEndsTheirSession() throws Exception {
        create("rev.member", Role.VIEWER);
        create("rev.nonmember", Role.VIEWER);
        var member = signIn("rev.member");
        var nonMember = signIn("rev.nonmember");
        SystemAuthentication.run(() -> {
            Team deskA = teams.findAll().stream()
                    .filter(t -> t.getName().equals("Desk A"))
                    .findFirst()
                    .orElseThrow();
            var members = new ArrayList<>(teams.members(deskA.requireId()).stream()
                    .map(AppUser::requireId)
                    .toList());
            members.add(users.findAll().stream()
                    .filter(u -> u.getUsername().equals("rev.member"))
                    .findFirst()
                    .orElseThrow()
                    .requireId());
            teams.update(deskA.requireId(), deskA.getVersion(), TeamData.of(deskA), members);
        });
        assertSignedOut(member);
        assertSignedIn(nonMember, "rev.nonmember");
    }

    @Test
    void resettingThePasswordEndsTheSession() throws Exception {
        var user = create("rev.reset", Role.VIEWER);
        var session = signIn("rev.reset");
        SystemAuthentication.run(() -> users.resetPassword(Objects.requireNonNull(user.getId()), "new-temporary-pw-1"));
        assertSignedOut(session);
    }

    @Test
    void renamingTheDisplayNameKeepsTheSession() throws Exception {
        var user = create("rev.renamed", Role.VIEWER);
        var session = signIn("rev.renamed");
        change(user, u -> u.withDisplayName("Renamed Person"));
        assertSignedIn(session, "rev.renamed");
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionsButKeepsTheOneThatChangedIt() throws Exception {
        create("rev.own", Role.VIEWER);
        var here = signIn("rev.own");
        var elsewhere = signIn("rev.own");
        create("rev.own.bystander", Role.VIEWER);
        var bystander = signIn("rev.own.bystander");

        // The change runs in a request of the "here" session, as the change-password view's save does.
        var request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext((SecurityContext) Objects.requireNonNull(
                here.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)));
        try {
            users.changeOwnPassword(PASSWORD, "a-brand-new-password-2026");
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }

        assertSignedIn(here, "rev.own");
        assertSignedOut(elsewhere);
        assertSignedIn(bystander, "rev.own.bystander");
    }

    @Test
    void signingInAgainAfterAChangeWorks() throws Exception {
        var user = create("rev.again", Role.ANALYST);
        var before = signIn("rev.again");
        change(user, u -> u.withRoles(Set.of(Role.VIEWER)));
        assertSignedOut(before);
        assertSignedIn(signIn("rev.again"), "rev.again");
    }

    private AppUser create(String username, Role role) {
        return SystemAuthentication.call(
                () -> users.bootstrap(username, "Test " + username, PASSWORD, false, true, Set.of(role), List.of()));
    }

    private void change(AppUser user, UnaryOperator<UserData> edit) {
        SystemAuthentication.run(() -> {
            var fresh = users.get(user.requireId());
            users.update(fresh.requireId(), fresh.getVersion(), edit.apply(UserData.of(fresh)));
        });
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(
                        post("/login").param("username", username).param("password", PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
        return (MockHttpSession) Objects.requireNonNull(result.getRequest().getSession(false));
    }

    /** The page request reaches the app, and the session still holds the user's sign-in. */
    private void assertSignedIn(MockHttpSession session, String username) throws Exception {
        var response = mvc.perform(get("/history").session(session)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("not sent to the login page").isNull();
        assertThat(response.getForwardedUrl()).as("passed on to Vaadin").isEqualTo("/vaadin");
        assertThat(session.isInvalid()).isFalse();
        var context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(Objects.requireNonNull(context).getAuthentication().getName())
                .isEqualTo(username);
    }

    private void assertSignedOut(MockHttpSession session) throws Exception {
        var response = mvc.perform(get("/history").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).as("sent to the login page").endsWith("/login");
        assertThat(session.isInvalid()).as("the old session is gone").isTrue();
    }
}
