// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/auth_principal_binding","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Roster-level auth principal to participant binding.","properties":{"auth_principal_id":{"description":"Authenticated identity (opaque to this package)","minLength":1,"title":"Auth Principal Id","type":"string"},"bound_at":{"description":"Timestamp when binding was created","format":"date-time","title":"Bound At","type":"string"},"participant_id":{"description":"Mission-scoped participant identifier","minLength":1,"title":"Participant Id","type":"string"}},"required":["auth_principal_id","participant_id","bound_at"],"title":"AuthPrincipalBinding","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/auth_principal_binding" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.auth_principal_id === undefined) || (!(func0.call(data, "auth_principal_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auth_principal_id"},message:"must have required property '"+"auth_principal_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.bound_at === undefined) || (!(func0.call(data, "bound_at")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bound_at"},message:"must have required property '"+"bound_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.auth_principal_id !== undefined && func0.call(data, "auth_principal_id")){
let data0 = data.auth_principal_id;
if(typeof data0 === "string"){
if(func68(data0) < 1){
const err3 = {instancePath:instancePath+"/auth_principal_id",schemaPath:"#/properties/auth_principal_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.auth_principal_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/auth_principal_id",schemaPath:"#/properties/auth_principal_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.auth_principal_id.type,parentSchema:schema31.properties.auth_principal_id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.bound_at !== undefined && func0.call(data, "bound_at")){
let data1 = data.bound_at;
if(!(typeof data1 === "string")){
const err5 = {instancePath:instancePath+"/bound_at",schemaPath:"#/properties/bound_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.bound_at.type,parentSchema:schema31.properties.bound_at,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data2 = data.participant_id;
if(typeof data2 === "string"){
if(func68(data2) < 1){
const err6 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"auth_principal_id":true,"bound_at":true,"participant_id":true},"dynamicProps":false,"dynamicItems":false};
