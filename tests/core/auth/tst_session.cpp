// SPDX-License-Identifier: Apache-2.0
// The session's automatic logoff rules, on a clock the test controls, and
// the audit trail of every transition.

#include "core/auth/session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace custos;
using namespace custos::auth;

namespace {

Identity person(const QString& name, MfaMethod mfa = MfaMethod::Totp)
{
    Identity id;
    id.subject = QStringLiteral("local:") + name;
    id.userName = name;
    id.displayName = name;
    id.issuer = QStringLiteral("local");
    id.roles = {QStringLiteral("radiologist")};
    id.method = AuthMethod::LocalAccount;
    id.mfa = mfa;
    return id;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void locksAfterTheIdleTimeAndActivityPostponesIt();
    void onlyTheSamePersonUnlocks();
    void maximumLengthForcesAFreshSignIn();
    void secondFactorIsRequiredByDefault();
    void everyTransitionIsAudited();

private:
    QDateTime m_now;
    std::vector<audit::Event> m_events;
    std::unique_ptr<Session> make(SessionPolicy policy = {});
};

void TestSession::init()
{
    m_now = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    m_events.clear();
}

std::unique_ptr<Session> TestSession::make(SessionPolicy policy)
{
    return std::make_unique<Session>(policy, [this](const audit::Event& e) { m_events.push_back(e); }, [this] { return m_now; });
}

void TestSession::locksAfterTheIdleTimeAndActivityPostponesIt()
{
    auto s = make();
    QSignalSpy locked(s.get(), &Session::locked);
    QVERIFY(s->begin(person(QStringLiteral("ada"))).ok());
    m_now = m_now.addSecs(14 * 60);
    s->check();
    QCOMPARE(s->state(), SessionState::Active);
    s->touch(); // activity at 14 min
    m_now = m_now.addSecs(14 * 60);
    s->check();
    QCOMPARE(s->state(), SessionState::Active); // 14 min since the last activity
    m_now = m_now.addSecs(61);
    s->check();
    QCOMPARE(s->state(), SessionState::Locked);
    QCOMPARE(locked.count(), 1);
    QVERIFY(locked.front().front().toString().contains(QLatin1String("idle")));
    // The OS locking the screen locks at once, too.
    QVERIFY(s->unlock(person(QStringLiteral("ada"))).ok());
    s->lock(QStringLiteral("the operating system locked the screen"));
    QCOMPARE(s->state(), SessionState::Locked);
}

void TestSession::onlyTheSamePersonUnlocks()
{
    auto s = make();
    QSignalSpy ended(s.get(), &Session::ended);
    QVERIFY(s->begin(person(QStringLiteral("ada"))).ok());
    s->lock(QStringLiteral("manual"));
    auto other = s->unlock(person(QStringLiteral("bob")));
    QVERIFY(!other.ok());
    QVERIFY(other.errorMessage().contains(QLatin1String("switch user")));
    QCOMPARE(s->state(), SessionState::Locked);
    QVERIFY(!s->unlock(person(QStringLiteral("ada"), MfaMethod::None)).ok()); // password alone is not enough
    QVERIFY(s->unlock(person(QStringLiteral("ada"))).ok());
    QCOMPARE(s->state(), SessionState::Active);
    // Switch user ends the session (the viewer closes the studies).
    s->end(QStringLiteral("switch user"));
    QCOMPARE(s->state(), SessionState::SignedOut);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!s->identity().valid());
}

void TestSession::maximumLengthForcesAFreshSignIn()
{
    auto s = make();
    QSignalSpy ended(s.get(), &Session::ended);
    QVERIFY(s->begin(person(QStringLiteral("ada"))).ok());
    for (int hour = 0; hour < 11; ++hour) {
        m_now = m_now.addSecs(3600);
        s->touch();
        s->check();
    }
    QCOMPARE(s->state(), SessionState::Active);
    m_now = m_now.addSecs(3600);
    s->touch();
    s->check();
    QCOMPARE(s->state(), SessionState::SignedOut);
    QCOMPARE(ended.count(), 1);
    QVERIFY(ended.front().front().toString().contains(QLatin1String("maximum")));
    // Unlocking a locked session does not extend it either.
    QVERIFY(s->begin(person(QStringLiteral("ada"))).ok());
    s->lock(QStringLiteral("manual"));
    m_now = m_now.addSecs(12 * 3600);
    QVERIFY(s->unlock(person(QStringLiteral("ada"))).ok());
    QCOMPARE(s->state(), SessionState::SignedOut);
}

void TestSession::secondFactorIsRequiredByDefault()
{
    auto s = make();
    auto r = s->begin(person(QStringLiteral("ada"), MfaMethod::None));
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QLatin1String("second factor")));
    QCOMPARE(s->state(), SessionState::SignedOut);
    QVERIFY(s->begin(person(QStringLiteral("ada"), MfaMethod::IdentityProvider)).ok());
    SessionPolicy relaxed;
    relaxed.requireMfa = false;
    auto t = make(relaxed);
    QVERIFY(t->begin(person(QStringLiteral("ada"), MfaMethod::None)).ok());
}

void TestSession::everyTransitionIsAudited()
{
    auto s = make();
    QVERIFY(s->begin(person(QStringLiteral("ada"))).ok());
    s->lock(QStringLiteral("manual"));
    (void)s->unlock(person(QStringLiteral("bob")));
    QVERIFY(s->unlock(person(QStringLiteral("ada"))).ok());
    s->end(QStringLiteral("logout"));
    QCOMPARE(m_events.size(), std::size_t(5));
    for (const audit::Event& e : m_events)
        QCOMPARE(e.id.code, QStringLiteral("110114")); // User Authentication
    QCOMPARE(m_events[0].outcome, audit::Outcome::Success);
    QVERIFY(m_events[2].outcome != audit::Outcome::Success); // bob's attempt
    QCOMPARE(m_events[4].type.code, QStringLiteral("110123")); // Logout
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
