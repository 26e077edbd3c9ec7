#pragma once

#include "core/apierror.h"

#include <type_traits>
#include <utility>
#include <variant>

/**
 * The outcome of a platform call: a value or an ApiError. Errors are values in this project;
 * nothing throws across the event loop.
 */
template <typename T>
class ApiResult
{
public:
    using ValueType = T;

    ApiResult(const T &value)
        : m_state(value)
    {}
    ApiResult(T &&value)
        : m_state(std::move(value))
    {}
    ApiResult(const ApiError &error)
        : m_state(error)
    {}
    ApiResult(ApiError &&error)
        : m_state(std::move(error))
    {}

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

    /// Chains a step that may fail itself: `f(const T &)` returns an ApiResult<U>.
    template <typename F>
    auto andThen(F &&f) const -> std::invoke_result_t<F, const T &>
    {
        if (isOk())
            return std::forward<F>(f)(value());
        return error();
    }

    /// Transforms the value: `f(const T &)` returns a U.
    template <typename F>
    auto map(F &&f) const -> ApiResult<std::invoke_result_t<F, const T &>>
    {
        if (isOk())
            return std::forward<F>(f)(value());
        return error();
    }

private:
    std::variant<T, ApiError> m_state;
};
