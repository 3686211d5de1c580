module corokitchen/bench/peers/sleepers

go 1.19
