// SPDX-License-Identifier: Apache-2.0
#pragma once
// Errors are values with a message a person can act on, never a bare `false`.

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace custos {

struct Error
{
    QString message;
};

template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }
    const QString& errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an error message.
struct Ok
{
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }
    const QString& errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace custos
