#include "climain.h"

int main(int argc, char** argv) {
    return Stride::Cli::runCommandLine(argc, argv, Stride::Cli::allCommands);
}
