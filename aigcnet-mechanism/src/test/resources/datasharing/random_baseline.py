# Independent NumPy Monte Carlo of the Random baseline (2e6 draws, seed 1) for the aigcnet tests.
# Output: per-type feasible 0.0259165 mean -430.068; pooled feasible 0.8517495 mean 1798.11
import numpy as np
rng=np.random.default_rng(1); n=2_000_000; t=1e-3; al=0.75
A=rng.uniform(.5,1,n); D=rng.uniform(.5,1,n); q1=rng.uniform(0,1,n); q=np.stack([q1,1-q1],1)
phi=np.stack([rng.uniform(1,8,n),rng.uniform(8,15,n)],1)
f=rng.uniform(1e-3,1,(n,2)); r=rng.uniform(0,1,(n,2))
u=r-f/phi
ir=(u>=-1e-9).all(1)
ic12=u[:,0] >= r[:,1]-f[:,1]/phi[:,0]-1e-9
ic21=u[:,1] >= r[:,0]-f[:,0]/phi[:,1]-1e-9
feas=ir&ic12&ic21
X=1+al*A[:,None]+(1-al)*D[:,None]-t*(f+al/(2*f)+1-al/2)
ub=40*(q*(100*np.log(X)-r)).sum(1)
rew=np.where(feas,ub,-500)
print("per-type feasible",feas.mean(),"mean",rew.mean())
fp=rng.uniform(1e-3,1,n); rp=rng.uniform(0,1,n)
feasp=rp-fp/phi[:,0]>=-1e-9
Xp=1+al*A+(1-al)*D-t*(fp+al/(2*fp)+1-al/2)
ubp=40*(100*np.log(Xp)-rp)
print("pooled feasible",feasp.mean(),"mean",np.where(feasp,ubp,-500).mean())
