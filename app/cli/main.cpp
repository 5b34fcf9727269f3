#include "climain.h"
#include "processmemory.h"

int main(int argc, char** argv) {
    Stride::ProcessMemory::tune();
    return Stride::Cli::runCommandLine(argc, argv, Stride::Cli::allCommands);
}
