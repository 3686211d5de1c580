#pragma once

namespace ck {

// The two languages CoroKitchen ships; English is the source language.
enum class Language { English, Korean };

} // namespace ck
