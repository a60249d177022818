// libFuzzer entry point for the json target (make fuzz); the body is in FuzzTargets.cpp.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mandaat::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return mandaat::fuzz::json(data, size);
}
