#include "timeouterror.h"

namespace ck {

bool TimeoutError::holds(const std::exception_ptr &error)
{
    if (!error)
        return false;
    try {
        std::rethrow_exception(error);
    } catch (const TimeoutError &) {
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace ck
