#pragma once

#include <QTest>

// Fails the current test function with the error message of a Result<T> or Status that is not ok (anything with
// ok() and error()), instead of a bare "returned FALSE". The expression is evaluated once.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& verifyOkResult_ = (expr);                                                                          \
        QVERIFY2(verifyOkResult_.ok(), qPrintable(verifyOkResult_.error()));                                           \
    } while (false)
